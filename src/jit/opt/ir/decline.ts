// DeclineError: thrown anywhere in the optimizing compiler (graph building, lowering) when a
// function uses something it does not compile yet; tiering logs the message and leaves the
// function in the interpreter. A leaf module so that every stage can throw it.

export class DeclineError extends Error {}
