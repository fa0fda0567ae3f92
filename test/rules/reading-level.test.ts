import rule from '../../rules/reading-level.js';
import { RuleTester } from './_setup.js';

const plain = 'Your parcel is late. The van broke down. It left this morning and will reach you by Friday. I will check on it again on Thursday.';
const dense = 'Notwithstanding the aforementioned considerations, our organization has determined that the reimbursement you requested cannot be authorized, as the documentation accompanying your application was insufficiently comprehensive.';

new RuleTester({ channel: 'email' }).run(rule, {
  valid: [plain, 'Short but sesquipedalian verbosity.', { text: dense, options: { targets: { email: 40 } } }],
  invalid: [
    { text: dense, errors: [{ message: 'Reads at about grade 25.8 (Flesch-Kincaid); the target for email is 9. Start with this sentence: shorter sentences and plainer words.', column: 1 }] },
    { text: `${plain} ${dense}`, errors: [{ column: plain.length + 2 }] },
    { text: plain, options: { targets: { email: 1 } }, errors: 1 },
  ],
});
