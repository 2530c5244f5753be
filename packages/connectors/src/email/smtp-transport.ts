import nodemailer from 'nodemailer';
import type { EmailTransport } from '@socialseed/core/email/deliver-email';

/**
 * SMTP delivery through nodemailer. `smtpUrl` is e.g. smtp://user:pass@host:587 (STARTTLS) or
 * smtps://… (implicit TLS). Timeouts are short so a dead mail server fails the job and it retries.
 */
export function createSmtpTransport(smtpUrl: string, from: string): EmailTransport {
  const url = new URL(smtpUrl);
  // Timeouts ride on the URL so nodemailer's URL parser keeps auth, port and TLS mode as given.
  for (const [key, value] of Object.entries({ connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' })) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  const transporter = nodemailer.createTransport(url.toString());
  return {
    async send(email) {
      await transporter.sendMail({ from, to: email.toAddress, subject: email.subject, text: email.text });
    },
  };
}
