// X-macro list (see message_code.h): messages of layers. No include guard: included once per use.
