// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Problem, query } from './api';

describe('a problem from the API', () => {
  it('names the messages about a field and its elements', () => {
    const problem = new Problem(400, {
      title: 'Invalid request',
      errors: [
        { field: 'points', message: 'two or three points' },
        { field: 'points[0].text', message: 'must not be blank' },
        { field: 'pointsOfView', message: 'another field' },
        { field: 'at', message: 'must not be in the future' },
        null,
      ],
    });
    expect(problem.about('points')).toEqual(['two or three points', 'must not be blank']);
    expect(problem.about('at')).toEqual(['must not be in the future']);
    expect(problem.about('note')).toEqual([]);
  });

  it('has a title even when the answer had no body', () => {
    const problem = new Problem(502, null);
    expect(problem.title).toBe('Request failed (502)');
    expect(problem.detail).toBeNull();
    expect(problem.errors).toEqual([]);
  });
});

describe('query parameters', () => {
  it('leave out empty values and join lists', () => {
    expect(query({ limit: '20', cursor: null, types: ['A', 'B'], none: [], empty: '' })).toBe('?limit=20&types=A%2CB');
    expect(query({ cursor: undefined })).toBe('');
  });
});
