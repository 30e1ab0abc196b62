// X-macro list (see message_code.h): messages of maps. No include guard: included once per use.
