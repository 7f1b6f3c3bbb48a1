import { describe, expect, test } from 'vitest';
import { isStagingHost, sharingSite } from '../../../../src/lib/validate/rules/source-quality.ts';

describe('source hosts', () => {
  test('know a document-sharing site under any of its language subdomains, and only it', () => {
    expect(sharingSite('es.scribd.com')).toBe('scribd.com');
    expect(sharingSite('d.documentop.com')).toBe('documentop.com');
    expect(sharingSite('www.ohchr.org')).toBeUndefined();
    expect(sharingSite('notscribd.com')).toBeUndefined();
  });

  test('know staging and test hosts of official sites, and leave public ones alone', () => {
    expect(isStagingHost('stag-knowledgegateway.ohchr.org')).toBe(true);
    expect(isStagingHost('web.test.ohchr.un-icc.cloud')).toBe(true);
    expect(isStagingHost('staging.example.org')).toBe(true);
    expect(isStagingHost('knowledgegateway.ohchr.org')).toBe(false);
    expect(isStagingHost('www.contest.gov.py')).toBe(false);
  });
});
