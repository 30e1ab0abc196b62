"""French of core/messages/general_messages.h."""
FRENCH = {
    "internal error (%1); please report it":
        "erreur interne (%1) ; merci de la signaler",
    "cancelled": "annulé",
}
