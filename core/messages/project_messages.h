// X-macro list (see message_code.h): messages of project. No include guard: included once per use.
