/**
 * Mail: the mailer the newsroom sends through (SMTP via nodemailer, or a drop folder), and a
 * loopback SMTP server for tests.
 */
export {
  createMailer,
  type Mailer,
  type MailerOptions,
  type MailMessage,
  type MailReceipt,
} from './mailer.js'
