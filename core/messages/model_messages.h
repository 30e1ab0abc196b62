// X-macro list (see message_code.h): messages of model. No include guard: included once per use.
