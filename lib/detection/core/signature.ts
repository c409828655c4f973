/**
 * What an email signature says about its writer: job title, company and phone numbers, read
 * from the lines that follow the sender's name near the end of the message text. Heuristic and
 * pure: a rep checks the prefilled form before saving, so a miss costs a field, not a wrong file.
 */
export interface SignatureDetails {
  title: string;
  company: string;
  phones: string[];
}

/** Lines after the name that can still belong to the signature. */
const SIGNATURE_LINES = 8;
const MAX_LINE = 90;

const TITLE =
  /\b(manager|director|head|lead|chief|officer|president|vp|vice president|engineer|consultant|specialist|coordinator|buyer|purchasing|procurement|sales|account|analyst|architect|partner|founder|ceo|cto|cfo|coo|cio)\b|总监|经理|主管|主任|总裁|总经理|副总|部长|处长|科长|工程师|专员|顾问|采购|董事|负责人|主席|院长|校长|书记/i;
const COMPANY =
  /\b(ltd|limited|inc|llc|plc|gmbh|co\.|corp|corporation|company|group|holdings|bank|hospital|university|logistics)\b|有限公司|股份|集团|公司|银行|医院|大学|学院|研究院|局$|厅$|委员会/i;
const PHONE = /(?:\+?\d[\d\s().-]{6,}\d)(?:\s*(?:ext\.?|x|转|分机)\s*\d{1,6})?/gi;
const PHONE_LABEL =
  /^(tel|phone|mobile|mob|cell|fax|t|m|p|电话|手机|座机|传真|直线)\b|^(电话|手机|座机|传真|直线)/i;
const FAX = /^(fax|传真)/i;

/**
 * Reads the signature that follows the last mention of the sender's name (or, failing that, of
 * the address's local part) in `text`. Empty fields when nothing signature-like follows.
 */
export function parseSignature(text: string, sender: { name: string; email: string }): SignatureDetails {
  const details: SignatureDetails = { title: '', company: '', phones: [] };
  const start = lastMention(text, sender);
  if (start < 0) return details;
  const lines = text
    .slice(start)
    .split('\n')
    .slice(0, SIGNATURE_LINES + 1)
    .map((line) => line.trim())
    .filter(Boolean);
  // The first line holds the name itself; what follows it on that line can be a title ("Li Wei | Sales Director").
  const rest = lines[0]?.replace(sender.name, '').replace(/^[\s|,，·—-]+/, '') ?? '';
  for (const line of [rest, ...lines.slice(1)]) {
    if (!line || line.length > MAX_LINE) continue;
    if (/@/.test(line) && !PHONE_LABEL.test(line)) continue;
    const phones = FAX.test(line) ? [] : (line.match(PHONE) ?? []).map((p) => p.trim()).filter(isPhone);
    if (phones.length) {
      for (const phone of phones) if (!details.phones.includes(phone)) details.phones.push(phone);
      continue;
    }
    if (!details.company && COMPANY.test(line)) details.company = line;
    else if (!details.title && TITLE.test(line)) details.title = line;
  }
  return details;
}

function lastMention(text: string, sender: { name: string; email: string }): number {
  const name = sender.name.trim();
  if (name.length >= 2) {
    const at = text.lastIndexOf(name);
    if (at >= 0) return at;
  }
  const local = sender.email.split('@')[0] ?? '';
  return local.length >= 3 ? text.toLowerCase().lastIndexOf(local.toLowerCase()) : -1;
}

/** 7 to 15 digits, not a date or a postcode-with-street line. */
function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(candidate);
}
