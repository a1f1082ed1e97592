// An AggregateError, printed with its [errors].
	throw new AggregateError([new Error('a'), new TypeError('b')], 'two failed');
