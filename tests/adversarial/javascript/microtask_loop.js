// Attack: an endless chain of microtasks: never returns to the event loop.
function again() {
  Promise.resolve().then(again);
}
again();
