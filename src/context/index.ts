// What rules can ask about a reply's conversation (reply.context): the details the customer gave, their
// questions, mood, problem and name, and what the thread says about transfers. Each answer is computed
// once per reply and cached.
export { givenDetails, askedDetails, answeredBy, DETAIL_NAMES } from './details.js';
export type { Detail, DetailKind, AskedDetail } from './details.js';
export { customerQuestions } from './questions.js';
export type { Question } from './questions.js';
export { customerMood } from './mood.js';
export type { Mood, Signal } from './mood.js';
export { customerProblem, echoesProblem } from './problem.js';
export type { Problem } from './problem.js';
export { customerNames, greetingName, greetingFits, sameFirstName } from './names.js';
export { alreadyTransferred, postedPrivateDetails } from './history.js';
export { onlySmallTalk, isSmallTalk } from './small-talk.js';
export { stem, conceptOf, contentWords } from './words.js';
