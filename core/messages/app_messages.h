// X-macro list (see message_code.h): messages of app. No include guard: included once per use.
