// corporate-stiff's fixes in their sentence frames (run by test/engine/fix-frames.test.ts in every host
// frame: text, list item, Markdown, HTML, JSON, YAML, CSV). Each sentence is one the fix gets right.
//
// The sentences the catalog-1 fixes got wrong are now right or suggestions only (the fix audit, catalog 2):
// "As per your request" -> "As you asked", "As per our conversation, ..." -> "As we discussed, ...", "Pursuant to
// your request" -> "As you asked", "correspondences" -> "messages", "The aforementioned modules" -> "The modules",
// "As aforementioned" -> "As mentioned"; "The driver kindly waited" is not flagged; "Our correspondence with the
// bank", "Please be informed of ...", "We would like to inform you of ...", "We regret to inform you of ...", "The
// delay notwithstanding", "We kindly request that you are patient", "Please find attached." and "The terms
// herein" are suggestions (test/rules/corporate-stiff.test.ts checks that none of them is applied).
import type { FixTable } from '../helpers/fix-frames.js';

const table: FixTable = {
  rule: 'corporate-stiff',
  cases: [
    { phrase: 'correspondence', fixed: 'message', sentences: [
      ['before-noun-end', 'Thank you for your correspondence.', 'Thank you for your message.'],
      ['plural', 'Thanks for all your correspondences.', 'Thanks for all your messages.'],
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
    { phrase: 'we regret to inform you that', fixed: "we're sorry, but (the person kept)", sentences: [
      ['before-clause', 'We regret to inform you that the item is out of stock.', "We're sorry, but the item is out of stock."],
      ['before-clause', 'I regret to tell you the course is full.', "I'm sorry, but the course is full."],
    ] },
    { phrase: 'pursuant to your request', fixed: 'as you asked', sentences: [
      ['start', 'Pursuant to your request, we closed it.', 'As you asked, we closed it.'],
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
    { phrase: 'the aforementioned', fixed: 'the', sentences: [
      ['start', 'The aforementioned module is included in your licence.', 'The module is included in your licence.'],
      ['plural', 'The aforementioned modules are included.', 'The modules are included.'],
      ['as', 'As aforementioned, the shop is closed.', 'As mentioned, the shop is closed.'],
    ] },
    { phrase: 'hereby', fixed: '', sentences: [
      ['mid', 'I hereby confirm the cancellation.', 'I confirm the cancellation.'],
    ] },
    { phrase: 'as per (by what follows)', fixed: 'as you asked / as we discussed / under', sentences: [
      ['start', 'As per your request, I refunded it.', 'As you asked, I refunded it.'],
      ['start', 'As per our conversation, it is done.', 'As we discussed, it is done.'],
      ['end', 'I have booked the engineer as per our call.', 'I have booked the engineer as we discussed.'],
      ['before-noun', 'As per our policy, refunds take five days.', 'Under our policy, refunds take five days.'],
      ['participle', 'As per discussed, the engineer comes on Monday.', 'As discussed, the engineer comes on Monday.'],
    ] },
    { phrase: 'per my last email', fixed: '', sentences: [
      ['start', 'Per my last email, the voucher runs out on Sunday.', 'The voucher runs out on Sunday.'],
      ['end', 'The voucher runs out on Sunday, as stated in my last email.', 'The voucher runs out on Sunday.'],
    ] },
    { phrase: 'allow me to clarify', fixed: '(delete) / let me', sentences: [
      ['before-colon', 'Allow me to clarify: the deposit is refundable.', 'The deposit is refundable.'],
      ['before-clause', 'Allow me to explain how the deposit works.', 'Let me explain how the deposit works.'],
    ] },
    { phrase: 'I can assure you that', fixed: '', sentences: [
      ['start', 'I can assure you that your details are safe.', 'Your details are safe.'],
      ['mid', 'Thanks, and we can assure you the engineer will call.', 'Thanks, and the engineer will call.'],
    ] },
    { phrase: 'in the event that', fixed: 'if', sentences: [
      ['start', 'In the event that the courier misses you, they leave a card.', 'If the courier misses you, they leave a card.'],
    ] },
    { phrase: 'is not in a position to', fixed: "can't", sentences: [
      ['mid', 'Our branch is not in a position to change the booking.', "Our branch can't change the booking."],
      ['start', "We're not in a position to refund the fee.", "We can't refund the fee."],
    ] },
    { phrase: 'are unable to ... at this time', fixed: "can't", sentences: [
      ['mid', 'We are unable to issue a refund at this time.', "We can't issue a refund at this time."],
    ] },
    { phrase: 'please ensure', fixed: 'please make sure', sentences: [
      ['start', 'Please ensure the meter is easy to reach.', 'Please make sure the meter is easy to reach.'],
    ] },
    { phrase: 'reside', fixed: 'live', sentences: [
      ['end', 'Tell us where you reside.', 'Tell us where you live.'],
      ['before-at', 'The account holder resides in Leeds.', 'The account holder lives in Leeds.'],
    ] },
    { phrase: 'furnish us with', fixed: 'give us', sentences: [
      ['mid', 'Please furnish us with a copy of the receipt.', 'Please give us a copy of the receipt.'],
    ] },
    { phrase: 'a friendly reminder that', fixed: '', sentences: [
      ['start', 'This is a friendly reminder that your plan renews tomorrow.', 'Your plan renews tomorrow.'],
      ['start', 'Just a friendly reminder: the sale ends tonight.', 'The sale ends tonight.'],
    ] },
    { phrase: 'attached for your review', fixed: '', sentences: [
      ['end', 'The quote is attached for your review.', 'The quote is attached.'],
    ] },
    { phrase: 'we are in receipt of', fixed: "we've received", sentences: [
      ['start', 'We are in receipt of your letter dated 3 May.', "We've received your letter dated 3 May."],
      ['mid', 'Thanks, Sam: I am in receipt of the photos.', "Thanks, Sam: I've received the photos."],
      ['acknowledge receipt', 'We acknowledge receipt of your letter.', "We've received your letter."],
    ] },
  ],
};
export default table;
