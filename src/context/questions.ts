// The questions in a customer's message: sentences that end in "?" and indirect ones ("I want to know
// ...", "can you tell me ...", "I'm wondering whether ..."), minus rhetorical ones ("Is this a joke?",
// "What is wrong with you?"). Each question keeps its topic: its content words, stemmed.
import type { ReplyContext, Sentence } from '../types.js';
import { contentWords, type ContentWord } from './words.js';
import { memoPer } from '../core/memo.js';

export interface Question {
  sentence: Sentence;
  /** The question as written, one line. */
  text: string;
  /** What it is about. */
  topic: ContentWord[];
  /** how, where, can I ...: asking for instructions (a link or steps answer it). */
  asksHow: boolean;
  /** A yes/no question ("Is it ...?", "Can I ...?"). */
  yesNo: boolean;
}

const INDIRECT = /\b(?:I\s+(?:want|wanted|would\s+like|'d\s+like|need)\s+to\s+know|(?:can|could|would)\s+(?:you|someone|anyone)\s+(?:please\s+)?(?:tell|let)\s+me|please\s+(?:tell|let)\s+me\s+(?:know\s+)?(?:if|whether|when|why|how|what|where|who)|(?:I'm|I\s+am|just)\s+wondering\s+(?:if|whether|when|why|how|what|where)|I\s+wonder\s+(?:if|whether|when|why|how|what|where)|any\s+idea\s+(?:if|whether|when|why|how|what|where)|I(?:'d|\s+would)\s+(?:like|love)\s+(?:an?\s+)?(?:explanation|answer|update)\s+(?:on|about|as\s+to|of))\b/i;
const RHETORICAL = /^(?:is\s+(?:it|this|that)\s+really\s+(?:necessary|needed|that\s+hard|so\s+hard|too\s+much)|are\s+you\s+(?:serious|kidding|joking|for\s+real)|you\s+(?:kidding|serious)|is\s+(?:this|that|it)\s+(?:a\s+joke|some\s+(?:kind\s+of\s+)?joke|normal|acceptable|okay|ok|how\s+you\s+treat)|is\s+(?:anyone|anybody|someone)\s+(?:there|home|listening|awake|working|reading)|what(?:'s|\s+is)\s+(?:wrong\s+with|the\s+point|going\s+on\s+with\s+you|up\s+with\s+(?:you|that))|who\s+(?:does\s+that|thought|cares|approved)|how\s+(?:hard|difficult)\s+(?:is\s+it|can\s+it\s+be)|why\s+(?:is\s+it\s+so\s+(?:hard|difficult)|can't\s+you\s+(?:just|ever)|do\s+I\s+(?:even\s+)?bother|would\s+(?:I|anyone)|is\s+your\s+(?:customer\s+)?service\s+so)|what\s+kind\s+of\s+(?:company|service|business|customer\s+service|joke)|do\s+(?:you|u)(?:\s+(?:guys|all|people))?\s+(?:even|actually|really)\s+care|do\s+(?:you|u)(?:\s+guys)?\s+(?:really\s+|seriously\s+)?expect|how\s+do\s+you\s+justify|does\s+(?:anyone|anybody)\s+(?:there\s+)?(?:care|know|read)|where(?:'s|\s+is)\s+the\s+(?:customer\s+service|respect|logic)|what\s+(?:a|the)\s+(?:joke|hell|heck|fuck)|how\s+(?:is\s+this|are\s+you)\s+(?:ok|okay|acceptable|legal|allowed|still\s+in\s+business))\b/i;
const TAG_QUESTION = /,\s*(?:right|no|yeah|huh|eh|ok|okay|innit|isn't\s+it|aren't\s+they|don't\s+you|didn't\s+you)\s*\?+\s*$/i;
const HOW = /^\s*(?:how|where|can\s+I|could\s+I|may\s+I|is\s+there\s+(?:a|any)\s+way|any\s+way|what\s+(?:do|should)\s+I|do\s+I\s+(?:need|have)|which\s+\w+\s+(?:do|should)\s+I)\b|\bhow\s+(?:do|can|could|to|the|I|we|would)\b/i;
/**
 * A direct question has the form of one: a question word, an auxiliary or "any ..." first (after
 * fillers and a greeting). "You don't deliver after 6pm?!" is disbelief, not a question.
 */
const INTERROGATIVE = /^(?:(?:so|and|but|also|ok|okay|hey|hi|hello|aye|well|then|um|uh|please|guys|quick\s+question|question|btw|oh|ah|just\s+curious|curious)[\s,:;.!-]+)*(?:what|what's|whats|why|how|how's|when|when's|where|where's|who|who's|which|whose|whom|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|haven't|hasn't|any|anyone|anybody|anything|is\s+there|are\s+there)\b/i;
const INTERROGATIVE_FILLER = /^(?:(?:so|and|but|also|ok|okay|hey|hi|hello|aye|well|then|um|uh|please|guys|btw|oh|ah)[\s,:;.!-]+)+/i;
const YES_NO = /^\s*(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't|haven't|hasn't)\b/i;
/** Words of the question frame, not its topic. */
const FRAME = new Set(['want', 'wanted', 'wonder', 'wondering', 'idea', 'tell', 'explain', 'explanation', 'advise', 'answer', 'curious', 'able', 'possible', 'supposed', 'going', 'happening', 'happened', 'long', 'much', 'many', 'often', 'reason']);

/** The questions of the customer's latest message that expect an answer (computed once per context). */
export const customerQuestions = memoPer(function customerQuestions(context: ReplyContext): Question[] {
  const out: Question[] = [];
  const message = context.message;
  for (const sentence of message.sentences) {
    // A sentence with a "?" in the middle holds a question up to it ("Where is it? been a week").
    const q = sentence.text.lastIndexOf('?');
    const direct = q >= 0;
    const indirect = !direct && INDIRECT.test(sentence.text);
    if (!direct && !indirect) continue;
    const end = direct ? sentence.start + q + 1 : sentence.end;
    // The question starts after the last sentence break before it inside the sentence ("... late! Why?").
    let start = sentence.start;
    const head = message.text.slice(sentence.start, end);
    const cut = Math.max(head.lastIndexOf('. ', head.length - 2), head.lastIndexOf('! ', head.length - 2));
    if (direct && cut >= 0) start = sentence.start + cut + 2;
    const text = message.text.slice(start, end).replace(/\s+/g, ' ').trim();
    // "Seriously?", "Why?", "Hello?" alone, and the rhetorical frames, expect no answer.
    const bare = text.replace(/[?!.\s]+$/, '');
    if (bare.split(/\s+/).length <= 2 || RHETORICAL.test(text)) continue;
    if (direct && !INTERROGATIVE.test(text)) continue;
    if (TAG_QUESTION.test(text)) continue;
    const own = contentWords(message.text, start, end).filter((w) => !FRAME.has(w.word.toLowerCase()));
    if (own.length === 0) continue;
    // "Why?" refers back, "Will it be cancelled? Delayed 3 hours" runs on: the sentences around the
    // question are part of what it asks about.
    const prev = message.sentences[sentence.index - 1];
    const before = start > sentence.start ? contentWords(message.text, sentence.start, start) : prev ? contentWords(message.text, prev.start, prev.end) : [];
    const next = message.sentences[sentence.index + 1];
    const after = end < sentence.end ? contentWords(message.text, end, sentence.end) : next ? contentWords(message.text, next.start, next.end) : [];
    const topic = [...own, ...[...before, ...after].filter((w) => !FRAME.has(w.word.toLowerCase()))];
    out.push({ sentence, text, topic, asksHow: HOW.test(text), yesNo: YES_NO.test(text.replace(INTERROGATIVE_FILLER, '')) });
  }
  return out;
});
