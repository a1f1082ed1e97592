// A plain object: node prints the arrow first, then its inspect.
throw { code: 7, list: [1, 2] };
