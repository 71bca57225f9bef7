#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    int val;
    struct Node *next;
} Node;

Node *push(Node *head, int v) {
    Node *n = (Node *)malloc(sizeof(Node));
    n->val = v;
    n->next = head;
    return n;
}

Node *reverse(Node *h) {
    Node *prev = NULL;
    while (h) {
        Node *nx = h->next;
        h->next = prev;
        prev = h;
        h = nx;
    }
    return prev;
}

int main(void) {
    int x;
    Node *head = NULL;
    while (scanf("%d", &x) == 1) head = push(head, x);
    head = reverse(head);
    for (Node *p = head; p; p = p->next) printf("%d -> ", p->val);
    printf("NULL\n");
    return 0;
}
