// Mutual recursion: tree_free() frees a node's children through forest_free(), which
// calls tree_free() on each child. The two summaries are computed together (one
// strongly connected component, iterated to a fixpoint): tree_free releases its
// parameter. Printing the root's name after freeing the tree is a use after free.
#include <stdio.h>
#include <stdlib.h>

struct tree {
  char *name;
  struct tree **kids;
  size_t nkids;
};

static void tree_free(struct tree *t);

static void forest_free(struct tree **kids, size_t n) {
  for (size_t i = 0; i < n; i++)
    tree_free(kids[i]);
  free(kids);
}

static void tree_free(struct tree *t) {
  if (!t)
    return;
  forest_free(t->kids, t->nkids);
  free(t->name);
  free(t);
}

void tree_drop_verbose(struct tree *root) {
  tree_free(root);
  printf("freed tree %s\n", root->name); // expect-error[OWN001]{{use of 'root' after it was released}}
}
