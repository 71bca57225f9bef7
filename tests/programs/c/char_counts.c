#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c, letters = 0, digits = 0, spaces = 0, lines = 0;
    int freq[26] = {0};
    while ((c = getchar()) != EOF) {
        if (isalpha(c)) { letters++; freq[tolower(c) - 'a']++; }
        else if (isdigit(c)) digits++;
        else if (c == '\n') lines++;
        else if (isspace(c)) spaces++;
    }
    printf("letters=%d digits=%d spaces=%d lines=%d\n", letters, digits, spaces, lines);
    for (int i = 0; i < 26; i++)
        if (freq[i]) printf("%c%d", 'a' + i, freq[i]);
    putchar('\n');
    return 0;
}
