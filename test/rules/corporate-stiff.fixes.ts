// corporate-stiff's fixes in their sentence frames (run by test/engine/fix-frames.test.ts in every host
// frame: text, list item, Markdown, HTML, JSON, YAML, CSV). Each sentence is one the fix gets right.
//
// Sentences where today's fixes go wrong (for the rule's owner: make these suggestions, or fix them, then
// add the sentences here):
//   "As per your request, I refunded it."        -> "As your request, ..."            (as per -> as / under)
//   "As per our conversation, it is done."       -> "Under our conversation, ..."
//   "The driver kindly waited for you."          -> "The driver please waited ..."    (kindly = in a kind way)
//   "Thanks for all your correspondences."       -> "... your message."               (plural lost)
//   "Our correspondence with the bank ..."       -> "Our message with the bank ..."   (an exchange, not a message)
//   "Please be informed of the changes."         -> "Of the changes."                 (be advised/informed/apprised of)
//   "We would like to inform you of a change."   -> "Of a change."
//   "We regret to inform you of a delay."        -> "I'm sorry, but of a delay."
//   "The delay notwithstanding, we shipped it."  -> "The delay despite, ..."          (notwithstanding after its noun)
//   "The aforementioned modules are included."   -> "This modules are included."      (plural)
//   "As aforementioned, the shop is closed."     -> "As the shop is closed."
//   "Pursuant to your request, we closed it."    -> "Under your request, ..."
//   "We kindly request that you are patient."    -> "Please are patient."
//   "Please find attached."                      -> "I've attached."                  (no object)
//   "The terms herein apply."                    -> "The terms here apply."
import type { FixTable } from '../helpers/fix-frames.js';

const table: FixTable = {
  rule: 'corporate-stiff',
  cases: [
    { phrase: 'correspondence', fixed: 'message', sentences: [
      ['before-noun-end', 'Thank you for your correspondence.', 'Thank you for your message.'],
      ['mid', 'I read your correspondence this morning and the refund is on its way.', 'I read your message this morning and the refund is on its way.'],
    ] },
    { phrase: 'please be advised that', fixed: '', sentences: [
      ['start', 'Please be advised that your order has shipped.', 'Your order has shipped.'],
      ['mid', 'Thanks for waiting; please be advised that the store opens at nine.', 'Thanks for waiting; the store opens at nine.'],
    ] },
    { phrase: 'kindly ask you to', fixed: 'please', sentences: [
      ['start', 'I kindly ask you to confirm the address.', 'Please confirm the address.'],
      ['mid', 'Before we ship it, we kindly request that you check the size.', 'Before we ship it, please check the size.'],
    ] },
    { phrase: 'you are kindly asked to', fixed: 'please', sentences: [
      ['start', 'You are kindly requested to reply by Friday.', 'Please reply by Friday.'],
    ] },
    { phrase: 'please kindly', fixed: 'please', sentences: [
      ['start', 'Please kindly send the receipt.', 'Please send the receipt.'],
    ] },
    { phrase: 'kindly (a request)', fixed: 'please', sentences: [
      ['start', 'Kindly send us a photo of the damage.', 'Please send us a photo of the damage.'],
      ['mid', 'Could you kindly reply with your order number?', 'Could you please reply with your order number?'],
    ] },
    { phrase: 'at your earliest convenience', fixed: 'when you can', sentences: [
      ['end', 'Please call us back at your earliest convenience.', 'Please call us back when you can.'],
      ['start', 'At your earliest convenience, send us the form.', 'When you can, send us the form.'],
    ] },
    { phrase: 'we regret to inform you that', fixed: "I'm sorry, but", sentences: [
      ['before-clause', 'We regret to inform you that the item is out of stock.', "I'm sorry, but the item is out of stock."],
    ] },
    { phrase: 'pursuant to', fixed: 'under', sentences: [
      ['start', 'Pursuant to our terms, the fee applies.', 'Under our terms, the fee applies.'],
      ['mid', 'The fee applies pursuant to section 4 of the contract.', 'The fee applies under section 4 of the contract.'],
    ] },
    { phrase: 'in regard to', fixed: 'about', sentences: [
      ['start', 'In regards to your question, the store opens at 9.', 'About your question, the store opens at 9.'],
      ['mid', 'I am writing with reference to your booking.', 'I am writing about your booking.'],
    ] },
    { phrase: 'as regards', fixed: 'about', sentences: [
      ['start', 'As regards your refund, it was sent today.', 'About your refund, it was sent today.'],
    ] },
    { phrase: 'please be apprised that', fixed: '', sentences: [
      ['before-clause', 'Please be apprised that the office is closed on Monday.', 'The office is closed on Monday.'],
    ] },
    { phrase: 'notwithstanding (before its noun)', fixed: 'despite', sentences: [
      ['start', 'Notwithstanding the delay, we shipped it today.', 'Despite the delay, we shipped it today.'],
    ] },
    { phrase: 'herewith', fixed: '', sentences: [
      ['mid', 'I enclose herewith the signed form.', 'I enclose the signed form.'],
    ] },
    { phrase: 'we are writing to inform you that', fixed: '', sentences: [
      ['start', 'We are writing to inform you that your order has shipped.', 'Your order has shipped.'],
      ['mid', 'Good news: this is to notify you that the parts have arrived.', 'Good news: the parts have arrived.'],
    ] },
    { phrase: 'revert back', fixed: 'reply', sentences: [
      ['before-to', "I'll revert back to you by Friday.", "I'll reply to you by Friday."],
      ['end', 'We will revert once the courier answers.', 'We will reply once the courier answers.'],
    ] },
    { phrase: 'forthwith', fixed: 'right away', sentences: [
      ['end', 'The refund will be issued forthwith.', 'The refund will be issued right away.'],
    ] },
    { phrase: 'henceforth', fixed: 'from now on', sentences: [
      ['start', 'Henceforth, invoices will come by email.', 'From now on, invoices will come by email.'],
    ] },
    { phrase: 'in lieu of', fixed: 'instead of', sentences: [
      ['mid', 'We can send a voucher in lieu of a refund.', 'We can send a voucher instead of a refund.'],
    ] },
    { phrase: 'commence', fixed: 'start', sentences: [
      ['verb', 'The new plan will commence on 1 May.', 'The new plan will start on 1 May.'],
      ['verb-ing', 'Work is commencing on the new site.', 'Work is starting on the new site.'],
    ] },
    { phrase: 'duly', fixed: '', sentences: [
      ['mid', 'Your request has been duly noted.', 'Your request has been noted.'],
    ] },
    { phrase: 'please find attached', fixed: "I've attached", sentences: [
      ['start', 'Please find attached your invoice.', "I've attached your invoice."],
      ['start', 'Enclosed please find the signed form.', "I've enclosed the signed form."],
    ] },
    { phrase: 'do not hesitate to contact us', fixed: 'just reply here', sentences: [
      ['sentence', 'Please do not hesitate to contact us.', 'Just reply here.'],
      ['after-clause', 'If anything is missing, do not hesitate to contact us.', 'If anything is missing, just reply here.'],
      ['before-channel', 'Don’t hesitate to call me on 0161 496 0000.', 'Feel free to call me on 0161 496 0000.'],
    ] },
    { phrase: 'should you require any further assistance', fixed: 'if you need anything else', sentences: [
      ['start', 'Should you require any further assistance, reply to this email.', 'If you need anything else, reply to this email.'],
    ] },
    { phrase: 'should you require', fixed: 'if you need', sentences: [
      ['start', 'Should you require a copy, we can post one.', 'If you need a copy, we can post one.'],
      ['mid', 'We can post a copy should you need one.', 'We can post a copy if you need one.'],
    ] },
    { phrase: 'should you wish to', fixed: "if you'd like to", sentences: [
      ['start', 'Should you wish to cancel, reply here.', "If you'd like to cancel, reply here."],
    ] },
    { phrase: 'should you have', fixed: 'if you have', sentences: [
      ['start', 'Should you have any further questions, please contact us.', 'If you have any further questions, please contact us.'],
    ] },
    { phrase: 'it has come to our attention that', fixed: "we've noticed that", sentences: [
      ['start', 'It has come to our attention that your card has expired.', "We've noticed that your card has expired."],
    ] },
    { phrase: 'prior to', fixed: 'before', sentences: [
      ['before-noun', 'Please arrive ten minutes prior to your appointment.', 'Please arrive ten minutes before your appointment.'],
      ['start', 'Prior to the update, the app worked.', 'Before the update, the app worked.'],
    ] },
    { phrase: 'utilise', fixed: 'use', sentences: [
      ['verb', 'You can utilize the new dashboard today.', 'You can use the new dashboard today.'],
      ['verb-ed', 'The refund was utilised against your next bill.', 'The refund was used against your next bill.'],
    ] },
    { phrase: 'endeavour', fixed: 'try / effort', sentences: [
      ['verb', 'We will endeavor to reply within a day.', 'We will try to reply within a day.'],
      ['verb-ing', 'Our team is endeavouring to restore the service.', 'Our team is trying to restore the service.'],
      ['noun', 'We will make every endeavour to help.', 'We will make every effort to help.'],
    ] },
    { phrase: 'the aforementioned', fixed: 'this', sentences: [
      ['start', 'The aforementioned module is included in your licence.', 'This module is included in your licence.'],
    ] },
    { phrase: 'hereby', fixed: '', sentences: [
      ['mid', 'I hereby confirm the cancellation.', 'I confirm the cancellation.'],
    ] },
    { phrase: 'we are in receipt of', fixed: "we've received", sentences: [
      ['start', 'We are in receipt of your letter dated 3 May.', "We've received your letter dated 3 May."],
      ['mid', 'Thanks, Sam: I am in receipt of the photos.', "Thanks, Sam: I've received the photos."],
      ['acknowledge receipt', 'We acknowledge receipt of your letter.', "We've received your letter."],
    ] },
  ],
};
export default table;
