// Every X-macro list of messages (see message_code.h), for the two places that expand them: the
// enum of codes (message_code.h) and their texts (maps/message_text.cpp). No include guard:
// included once per use, with LUMIERE_MESSAGE and LUMIERE_MESSAGE_FOR defined.
#include "core/messages/app_messages.h"
#include "core/messages/cog_messages.h"
#include "core/messages/general_messages.h"
#include "core/messages/geometry_messages.h"
#include "core/messages/layers_messages.h"
#include "core/messages/lock_messages.h"
#include "core/messages/maps_messages.h"
#include "core/messages/model_messages.h"
#include "core/messages/project_messages.h"
#include "core/messages/storage_messages.h"
#include "core/messages/tables_messages.h"
