// X-macro list (see message_code.h): messages of tables. No include guard: included once per use.
