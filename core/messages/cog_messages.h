// X-macro list (see message_code.h): messages of cog. No include guard: included once per use.
