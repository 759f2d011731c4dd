/**
 * Explicit yes / no to a pending irreversible action. Deliberately strict: only a clear yes confirms; anything else
 * (a question, a new topic) leaves the action undone.
 */
const YES = /^(y|ya|yes|yep|yeah|yes please|please do|do it|confirm|confirmed|go ahead|sure|ok(ay)?|네|예|응|좋아요|확인|진행해\s*주세요|네\s*취소해\s*주세요|취소해\s*주세요|그렇게\s*해\s*주세요)[\s.!,]*$/i;
const NO = /^(n|no|nope|nah|no thanks|don't|do not|cancel that|never ?mind|keep it|아니요|아뇨|아니|괜찮아요|취소\s*안\s*할게요|그냥\s*둘게요)[\s.!,]*$/i;

export const isAffirmative = (text: string) => YES.test(text.trim());
export const isNegative = (text: string) => NO.test(text.trim());
