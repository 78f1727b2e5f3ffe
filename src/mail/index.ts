/**
 * Mail: the mailer the newsroom sends through (pooled SMTP via nodemailer, or a drop folder),
 * the failure it reports, and a loopback SMTP server for tests.
 */
export {
  createMailer,
  type MailAddress,
  type Mailer,
  type MailerOptions,
  type MailMessage,
  type MailReceipt,
} from './mailer.js'
export { SendFailure, smtpCode } from './send-failure.js'
