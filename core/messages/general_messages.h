// X-macro list (see message_code.h): messages of no one concern. No include guard: included
// once per use.
LUMIERE_MESSAGE(Internal, QT_TRANSLATE_NOOP("Message", "internal error (%1); please report it"))
LUMIERE_MESSAGE(Cancelled, QT_TRANSLATE_NOOP("Message", "cancelled"))
