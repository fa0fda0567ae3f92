// Auto-detection: each help desk's export shape names its platform; other shapes name none.
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/formats/json-tree.js';
import { detectFromHeader, detectFromTree } from '../../src/platforms/detect.js';
import { extract } from '../../src/formats/index.js';
import { DEFAULT_FIELDS } from '../../src/formats/fields.js';

const tree = (v: unknown) => scanJson(JSON.stringify(v));

describe('detectFromTree', () => {
  const cases: Array<[string, unknown]> = [
    ['zendesk', { macros: [{ title: 'A', actions: [{ field: 'comment_value', value: 'Hi' }] }] }],
    ['zendesk', [{ field: 'comment_value_html', value: '<p>Hi</p>' }]],
    ['freshdesk', [{ id: 1, title: 'A', folder_id: 2, content: 'Hi', content_html: '<div>Hi</div>' }]],
    ['intercom', { type: 'list', data: [{ type: 'macro', id: '1', name: 'A', body: '<p>Hi</p>', body_text: 'Hi' }] }],
    ['helpscout', [{ id: 1, name: 'A', text: 'Hi', chatText: 'Hi' }]],
    ['gorgias', { data: [{ id: 1, name: 'A', actions: [{ name: 'setResponseText', arguments: { body_text: 'Hi' } }] }] }],
    ['front', { _results: [{ id: 'rsp_1', name: 'A', body: '<p>Hi</p>', attachments: [] }] }],
  ];
  for (const [platform, shape] of cases) {
    it(`detects ${platform}`, () => expect(detectFromTree(tree(shape))).toBe(platform));
  }
  it('detects nothing in a plain saved-reply list', () => {
    expect(detectFromTree(tree([{ id: 2, title: 'Thanks', text: 'Thanks for writing in.', pinned: true }]))).toBeUndefined();
    expect(detectFromTree(tree({ replies: [{ name: 'A', body: 'Hi' }] }))).toBeUndefined();
  });
  it('reads only the first objects of a huge document', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: i, title: `t${i}`, text: 'x' }));
    many.push({ id: 'rsp_9', body: 'x' } as never);
    expect(detectFromTree(tree(many))).toBeUndefined();
  });
});

describe('detectFromHeader (CSV)', () => {
  it('names the platform from its columns', () => {
    expect(detectFromHeader(['title', 'comment_value'])).toBe('zendesk');
    expect(detectFromHeader(['title', 'folder_id', 'content_html'])).toBe('freshdesk');
    expect(detectFromHeader(['name', 'body_text', 'available_on'])).toBe('intercom');
    expect(detectFromHeader(['name', 'text', 'chattext'])).toBe('helpscout');
    expect(detectFromHeader(['title', 'body'])).toBeUndefined();
  });
});

describe('extraction reports the detected platform and uses its fields', () => {
  it('Intercom: body_text is the reply, not the HTML body', async () => {
    const text = JSON.stringify({ type: 'list', data: [{ type: 'macro', id: '1', name: 'A', body: '<p>Hi <attribute key="first_name"/></p>', body_text: 'Hi {{first_name}}' }] });
    const ex = await extract('json', text, { fields: DEFAULT_FIELDS });
    expect(ex.platform).toBe('intercom');
    expect(ex.replies.map((r) => r.text)).toEqual(['Hi {{first_name}}']);
  });
  it('a configured platform is not re-detected; configured fields win over the preset', async () => {
    const text = JSON.stringify([{ title: 'A', content: 'plain', content_html: '<div>html</div>', folder_id: 1 }]);
    const ex = await extract('json', text, { fields: ['content'], fieldsSet: true, platform: 'freshdesk' });
    expect(ex.platform).toBeUndefined();
    expect(ex.replies.map((r) => r.text)).toEqual(['plain']);
  });
  it('Zendesk actions inside a CSV cell', async () => {
    const csv = 'title,actions_json\nA,"[{""field"": ""comment_value"", ""value"": ""Hi {{ticket.id}}""}]"\n';
    const ex = await extract('csv', csv, { fields: DEFAULT_FIELDS });
    expect(ex.platform).toBe('zendesk');
    expect(ex.replies.map((r) => r.text)).toEqual(['Hi {{ticket.id}}']);
  });
  it('falls back to the default fields when the preset finds nothing', async () => {
    const ex = await extract('json', JSON.stringify([{ title: 'A', message: 'Hello there' }]), { fields: DEFAULT_FIELDS, platform: 'intercom' });
    expect(ex.replies.map((r) => r.text)).toEqual(['Hello there']);
  });
});
