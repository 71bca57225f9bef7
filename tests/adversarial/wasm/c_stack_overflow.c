/* Attack: C recursion with 4 KB of locals per call. C keeps its stack in linear memory
 * (a "shadow stack"), so the overflow is not a wasm stack overflow: the stack pointer
 * wraps below 0 and the next access faults near 4 GiB. gradebox must still say
 * stack_overflow. Build: clang-14 --target=wasm32-wasi --sysroot=/usr -O0 -Wl,--strip-all
 * -Wl,-z,stack-size=65536 -o c_stack_overflow.wasm c_stack_overflow.c */
#include <stdio.h>
#include <string.h>

int deep(int n) {
    volatile char pad[4096];
    memset((char *)pad, n & 0xff, sizeof pad);
    return deep(n + 1) + pad[n % 4096];
}

int main(void) {
    printf("%d\n", deep(0));
    return 0;
}
