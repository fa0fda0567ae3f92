// The bench's own phrase bank: sentence templates for realistic support replies, clean and flawed.
// Written for the bench (not taken from shared/corpus). Slots in {braces} are filled by generate.mjs;
// {{double braces}} are template placeholders the linter must treat as names/values.

export const SLOTS = {
  product: ['blender', 'router', 'standing desk', 'pair of headphones', 'winter coat', 'coffee grinder', 'phone case',
    'yoga mat', 'e-reader', 'garden hose', 'desk lamp', 'suitcase', 'smart plug', 'running shoes', 'air fryer',
    'printer', 'backpack', 'monitor arm', 'kettle', 'office chair'],
  plan: ['Pro plan', 'family plan', 'annual membership', 'Basic subscription', 'Team workspace', 'premium tier'],
  problem: ['arrived with a cracked lid', 'stopped charging after a week', 'was delivered to the wrong address',
    'was charged twice', 'never showed up', 'keeps dropping the connection', 'came without the power cable',
    'was the wrong colour', 'shows an error on start-up', 'was missing two screws', 'locked you out of the app',
    'took nine days to arrive', 'was billed at the old price', 'would not sync with your phone'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  day: ['on Monday', 'on Tuesday', 'on Thursday', 'tomorrow', 'this afternoon', 'by the end of today', 'within 24 hours'],
  amount: ['$12.99', '$45.00', '£18.50', '€30', '$129', '£7.20', '$64.75'],
  agent: ['Dana', 'Marco', 'Priya', 'Tom', 'Aisha', 'Lena', 'Sam', 'Jonas', 'Mei', 'Carlos'],
  person: ['Maria', 'Sam', 'Olu', 'Hannah', 'Rafael', 'Yuki', 'Ben', 'Chloe', 'Ahmed', 'Ines'],
  team: ['billing team', 'warehouse team', 'shipping specialists', 'technical support engineers', 'returns desk'],
  courier: ['the courier', 'our delivery partner', 'the postal service', 'the carrier'],
  channel: ['email', 'chat', 'DM'],
  ph: ['{{ticket.requester.first_name}}', '{{ticket.requester.first_name}}', '{{ticket.requester.name}}'],
  phAgent: ['{{current_user.first_name}}', '{{current_user.name}}'],
  phId: ['{{ticket.id}}', '{{ticket.external_id}}', '{{ticket.order_number}}'],
};

export const GREETING = {
  good: ['Hi {ph},', 'Hello {ph},', 'Hi {person},', 'Hey {person},', 'Good morning {ph},', 'Hello {person},', 'Dear {ph},'],
  flawed: ['Dear Customer,', 'Dear valued customer,', 'To whom it may concern,', 'Dear Sir or Madam,', 'Dear user,',
    'Hello customer,', 'Dear Account Holder,', 'Dear Subscriber,'],
};

export const ACK = [
  'Thanks for writing in about order {phId}.',
  'I understand that your {product} {problem}, and I can see why that is frustrating.',
  'It sounds like the {product} {problem}, which is not what you should expect from us.',
  'You mentioned that your {product} {problem}.',
  'I can see from your message that the {product} {problem}.',
  'Thanks for letting us know that the {product} {problem}.',
  'I noticed that your last two orders were both delayed at the depot.',
  'Thank you for the photos, they make the problem with the {product} very clear.',
];

export const APOLOGY = {
  good: ['I\'m sorry we let you down with this order.', 'Sorry about the wait for an answer.',
    'I\'m so sorry the {product} {problem}.', 'I apologize for the mix-up on our side.',
    'I\'m sorry to hear the parcel arrived damaged.', 'We\'re sorry we got the address wrong.',
    'Sorry for the trouble this caused on your weekend.', 'I\'m sorry that our update broke the export for you.'],
  flawed: ['We\'re sorry that you are unhappy with the {product}.', 'I\'m sorry you feel that way about the service.',
    'We apologise if you were inconvenienced in any way.', 'Sorry for any inconvenience this might have caused.',
    'We regret any inconvenience this may have caused you.', 'I\'m sorry if my last email was confusing to you.',
    'Apologies for any trouble you may have experienced.', 'We are sorry that you feel let down by our team.'],
};

// Body sentences that should not trip any rule (actions, explanations, details).
export const BODY = [
  'I\'ve refunded {amount} to your card, and it should show up within three working days.',
  'I\'ll send a replacement {product} {day} by tracked delivery.',
  'Here\'s what I\'m doing: I\'ve reissued the invoice and fixed the billing address on your account.',
  'The tracking page shows the parcel left our warehouse on {weekday}, so it should reach you soon.',
  'I checked the order history and the second charge was a duplicate that our system created.',
  'Our warehouse packed the wrong variant, and that mistake is ours.',
  'I\'ve added a note to your account so anyone who picks this up knows the full story.',
  'The new firmware fixes the connection drops, and it installs on its own overnight.',
  'If you restart the {product} after the update, the settings you saved will come back.',
  'I\'ve moved your booking to {weekday} at the same time, with no extra charge.',
  'The label for the return is attached, and the drop-off point is the post office on the high street.',
  'You don\'t need to send the old {product} back; please keep it or recycle it.',
  'I\'ve escalated this to our {team} because they can reissue the part directly from the factory.',
  'Your {plan} renews on the first of the month, and I\'ve applied the discount to that payment.',
  'I looked at the logs from your account and found the sync job stalled at 2am.',
  'I\'ve set a reminder to check the delivery status myself {day}.',
  'The credit of {amount} is already on your account and will come off your next bill.',
  'We changed how we pack fragile items last month, and I\'ve passed your photos to the packing lead.',
  'The code {phId} is your reference if you ever need to mention this order again.',
  'I\'ve reset the password link so it works for the next 24 hours.',
  'Our FAQ has a short video on pairing the {product}, and I\'ve linked it below.',
  'I\'ll call you {day} to make sure everything is working.',
  'The replacement comes with the power cable and both adapters this time.',
  'I spoke with {agent} in the warehouse, who confirmed the parcel is on today\'s van.',
  'Once the refund lands, you\'ll get a short confirmation email from us.',
  'The price on your invoice is now the one shown on the website when you ordered.',
  'I\'ve upgraded the shipping on the replacement to next-day at no cost to you.',
  'We\'ve fixed the cause of the double charge, and I\'ll check your next two invoices myself.',
  'Your data is safe, and the export will include everything up to yesterday.',
  'I know this took longer than it should have, and I appreciate your patience with us.',
];

// Flawed sentences by the rule they should trip (paraphrases of RULES.md's bad examples).
export const FLAWS = {
  'corporate-stiff': ['Please be advised that the {product} is currently out of stock.',
    'Kindly return the item at your earliest convenience.', 'Please find attached the updated invoice.',
    'With regard to your correspondence, we have reviewed the order.', 'Do not hesitate to contact us should you require any further assistance.',
    'Pursuant to our terms, the refund has been processed herewith.', 'As per your request, we will endeavour to resolve this prior to {weekday}.'],
  'unexplained-transfer': ['I\'ll pass this on to the relevant department.', 'Your ticket has been forwarded to another team.',
    'Please hold while I transfer you.', 'Your case has now been escalated.', 'I am transferring this to head office.'],
  'robotic-script': ['Your business is very important to us.', 'Customer satisfaction is our number one priority.',
    'This is an automated message, please do not reply.', 'We are currently experiencing a high volume of enquiries.',
    'Requests are handled in the order in which they are received.'],
  'downplays-problem': ['It\'s only a small glitch.', 'This really isn\'t a big deal.', 'Everything looks fine on our end.',
    'Nobody else has reported this problem.', 'Simply restart the {product} and it will work.', 'Just clear your browser cache.',
    'That shouldn\'t be an issue at all.'],
  'blames-customer': ['You should have read the setup guide first.', 'You must have typed the wrong address at checkout.',
    'As I already explained, refunds take ten days.', 'You failed to update your payment details.',
    'If you had followed the instructions, this would not have happened.', 'This looks like user error.'],
  'deflects-responsibility': ['Unfortunately that is our policy.', 'There is nothing I can do about this.',
    'That\'s not my department.', '{courier} lost it, so you will need to contact them yourself.',
    'Delays like this are out of our control.', 'We are not responsible for damage in transit.'],
  'over-promise': ['I guarantee this will never happen again.', 'I promise it is 100% fixed now.',
    'This problem is permanently solved.', 'You have my word it will be sorted immediately.'],
  'cancellation-friction': ['To cancel your {plan}, please call our retention team.', 'Are you sure you want to cancel?',
    'Before you go, have you considered upgrading to our {plan}?', 'If you cancel, you will lose all of your saved data and rewards.'],
  'heated-tone': ['We have NEVER charged a customer twice!!', 'Please read the email AGAIN.', 'Seriously?! The label is on the box.',
    'The instructions are VERY clear.'],
};

export const CLOSING = {
  good: ['Does that sound OK to you?', 'Is there anything else I can help you with?', 'How else can I help today?',
    'Would you like me to check your other orders too?', 'Will that work for you?', 'What would make this right for you?'],
  flawed: ['Is there anything else wrong?', 'Are there any other problems with your order?', 'Any other issues I should know about?',
    'Do you have any further complaints?', 'Is anything else not working?'],
};

export const SIGNOFF = ['Best,\n{agent}', 'Thanks,\n{phAgent}', 'Kind regards,\n{agent}\nCustomer Care',
  'All the best,\n{phAgent}', 'Cheers,\n{agent}', 'Kind regards,\nThe Support Team', 'Warm wishes,\n{agent} (direct line: 0800 123 456)'];

export const TITLES = ['Shipping::Delayed parcel', 'Billing::Double charge', 'Returns::Damaged item', 'Account::Locked out',
  'Subscriptions::Cancel request', 'Product::Faulty unit', 'Shipping::Wrong address', 'Billing::Refund issued',
  'General::Thanks for waiting', 'Product::Firmware update'];
