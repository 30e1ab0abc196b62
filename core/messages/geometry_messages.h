// X-macro list (see message_code.h): messages of geometry. No include guard: included once per use.
