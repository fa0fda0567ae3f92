// Built-in rules are English: replies in other languages skip them (with a notice); plugins/phrases still run.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { looksEnglish } from '../../src/nlp/language.js';

const PORTUGUESE = 'Olá, obrigado pelo contato. Infelizmente não conseguimos utilizar o sistema hoje. Por favor, envie o número do pedido e o e-mail usado na compra.';
const GERMAN = 'Hallo, vielen Dank für deine Nachricht. Leider konnten wir deine Bestellung nicht finden. Bitte schicke uns die Bestellnummer per Direktnachricht.';

describe('language check', () => {
  it('tells English from other languages, ignoring links and handles', () => {
    expect(looksEnglish(PORTUGUESE)).toBe(false);
    expect(looksEnglish(GERMAN)).toBe(false);
    expect(looksEnglish('@12345 Hey Sam, sorry about that! Here is the link you need: https://t.co/abc123 and more info at www.example.com ^JK')).toBe(true);
    expect(looksEnglish('Kindly utilize the form.')).toBe(true); // too short to judge: benefit of the doubt
  });

  it('reads an email address as one token from its start, not its English-looking parts', () => {
    const german = `${GERMAN} Schreiben Sie bitte an you.and.the@example.com oder an this.is.for.you@example.com.`;
    expect(looksEnglish(german)).toBe(false);
    // A token with no "@" in it is ordinary text, however long.
    expect(looksEnglish(`${GERMAN} ${'x'.repeat(5000)}`)).toBe(false);
  });

  it('skips built-in rules on a non-English reply with a notice, but runs config phrases', async () => {
    const [r] = await lintText(PORTUGUESE, {
      config: { rules: { 'corporate-stiff': 'error' }, phrases: [{ id: 'pt/infelizmente', match: 'infelizmente', message: 'Evite "infelizmente".' }] },
    });
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['pt/infelizmente']);
    expect((r as unknown as { notices: string[] }).notices).toEqual(['the text does not look like English; the built-in rules (written for English) were skipped there']);
  });

  it('still lints English replies', async () => {
    const [r] = await lintText('Kindly utilize the form prior to calling us, and we will sort it out for you today.', { useConfig: false });
    expect(r!.messages.filter((m) => m.ruleId === 'corporate-stiff').length).toBe(3);
  });
});
