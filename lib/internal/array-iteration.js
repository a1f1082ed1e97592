'use strict';
// Array.prototype's callback methods, self-hosted: kiln compiles this file itself when a
// program uses them enough (src/runtime/self-hosted.ts), and each method then replaces its
// TypeScript native in place. Written from the specification (ECMA-262, Array.prototype.*):
// ToObject of the receiver, LengthOfArrayLike, the callback checked after the length is
// read, HasProperty before each Get where the spec has one (holes are skipped; find and its
// kin visit every index), ArraySpeciesCreate for map and filter.
//
// Self-hosted code has two intrinsics the compiler turns into instructions:
// `callFunction(f, thisArg, ...args)` (a call with that receiver, without
// Function.prototype.call) and `argumentCount()`. It names no global that a program could
// replace, only compile-time builtins (`Array.isArray`, `new Array(n)`); what JavaScript
// cannot do here comes in as parameters of the factory below (natives hidden from stack
// traces). The second parameters have a default so that each method's `length` is 1, as
// the specification gives it. Each method repeats its few lines of prologue instead of calling a helper: a
// helper's frame would show in error stacks, where V8 shows only `at Array.map (<anonymous>)`.

return function arrayIterationMethods(ArrayCtor, toObject, toLength, notCallable, reduceEmpty, speciesCreate, defineElement) {
  return {
    forEach(callbackfn, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'forEach');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O) callFunction(callbackfn, thisArg, O[k], k, O);
      }
      return undefined;
    },

    map(callbackfn, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'map');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      let A;
      let ordinary = true;
      if (Array.isArray(O)) {
        const C = O.constructor;
        if (C === ArrayCtor) {
          A = new Array(len);
        } else {
          A = speciesCreate(C, len);
          ordinary = false;
        }
      } else {
        A = new Array(len);
      }
      for (let k = 0; k < len; k++) {
        if (k in O) {
          const mappedValue = callFunction(callbackfn, thisArg, O[k], k, O);
          if (ordinary) A[k] = mappedValue;
          else defineElement(A, k, mappedValue);
        }
      }
      return A;
    },

    filter(callbackfn, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'filter');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      let A;
      let ordinary = true;
      if (Array.isArray(O)) {
        const C = O.constructor;
        if (C === ArrayCtor) {
          A = [];
        } else {
          A = speciesCreate(C, 0);
          ordinary = false;
        }
      } else {
        A = [];
      }
      let to = 0;
      for (let k = 0; k < len; k++) {
        if (k in O) {
          const kValue = O[k];
          if (callFunction(callbackfn, thisArg, kValue, k, O)) {
            if (ordinary) A[to] = kValue;
            else defineElement(A, to, kValue);
            to++;
          }
        }
      }
      return A;
    },

    some(callbackfn, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'some');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && callFunction(callbackfn, thisArg, O[k], k, O)) return true;
      }
      return false;
    },

    every(callbackfn, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'every');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && !callFunction(callbackfn, thisArg, O[k], k, O)) return false;
      }
      return true;
    },

    find(predicate, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'find');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof predicate !== 'function') notCallable(predicate);
      for (let k = 0; k < len; k++) {
        const kValue = O[k];
        if (callFunction(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findIndex(predicate, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'findIndex');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof predicate !== 'function') notCallable(predicate);
      for (let k = 0; k < len; k++) {
        if (callFunction(predicate, thisArg, O[k], k, O)) return k;
      }
      return -1;
    },

    findLast(predicate, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'findLast');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof predicate !== 'function') notCallable(predicate);
      for (let k = len - 1; k >= 0; k--) {
        const kValue = O[k];
        if (callFunction(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findLastIndex(predicate, thisArg = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'findLastIndex');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof predicate !== 'function') notCallable(predicate);
      for (let k = len - 1; k >= 0; k--) {
        if (callFunction(predicate, thisArg, O[k], k, O)) return k;
      }
      return -1;
    },

    reduce(callbackfn, initialValue = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'reduce');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      let k = 0;
      let accumulator;
      if (argumentCount() >= 2) {
        accumulator = initialValue;
      } else {
        let kPresent = false;
        while (!kPresent && k < len) {
          kPresent = k in O;
          if (kPresent) accumulator = O[k];
          k++;
        }
        if (!kPresent) reduceEmpty();
      }
      for (; k < len; k++) {
        if (k in O) accumulator = callFunction(callbackfn, undefined, accumulator, O[k], k, O);
      }
      return accumulator;
    },

    reduceRight(callbackfn, initialValue = undefined) {
      const O = typeof this === 'object' && this !== null ? this : toObject(this, 'reduceRight');
      let len = O.length;
      if (typeof len !== 'number' || len >>> 0 !== len) len = toLength(len);
      if (typeof callbackfn !== 'function') notCallable(callbackfn);
      let k = len - 1;
      let accumulator;
      if (argumentCount() >= 2) {
        accumulator = initialValue;
      } else {
        let kPresent = false;
        while (!kPresent && k >= 0) {
          kPresent = k in O;
          if (kPresent) accumulator = O[k];
          k--;
        }
        if (!kPresent) reduceEmpty();
      }
      for (; k >= 0; k--) {
        if (k in O) accumulator = callFunction(callbackfn, undefined, accumulator, O[k], k, O);
      }
      return accumulator;
    },
  };
};
