import { describe, expect, test } from 'vitest';
import { decodeTcString } from '../../src/consent/tcf.js';

// Encoded with @iabtechlabtcf/core for the tcf-preset fixture site: CMP 300, vendors 755 and 793; only consents differ.
const ALL_CONSENTS = 'CQLS0dAQLS0dAEsABBENBkFoAP_gAALAAAqIGMwAgF5gMZAxmAEAvMBjIAAA.IAAA.YAAAAAAAAAAA';
const NO_CONSENTS = 'CQLS0dAQLS0dAEsABBENBkFgAAAAAALAAAqIAAAMZgBALzAYyAAA.IAAA.YAAAAAAAAAAA';

describe('decodeTcString', () => {
  test('lists the consent bits that are set', () => {
    expect(decodeTcString(ALL_CONSENTS)).toEqual({
      cmpId: 300,
      purposeConsents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      vendorConsents: [755, 793],
      specialFeatureOptins: [1],
    });
  });

  test('a string without consent gives empty lists (legitimate interests are not consents)', () => {
    expect(decodeTcString(NO_CONSENTS)).toEqual({ cmpId: 300, purposeConsents: [], vendorConsents: [], specialFeatureOptins: [] });
  });

  test('a string that does not decode says why, with no consent claimed', () => {
    const decoded = decodeTcString('not-a-tc-string');
    expect(decoded.decodeError).toEqual(expect.any(String));
    expect(decoded.purposeConsents).toEqual([]);
  });
});
