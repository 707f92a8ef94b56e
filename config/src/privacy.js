"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PHONE_PATTERN = void 0;
exports.maskPhone = maskPhone;
exports.maskIdNumber = maskIdNumber;
exports.maskName = maskName;
exports.redactText = redactText;
/** Masks used in every response and log line that does not need the full value. */
function maskPhone(phone) {
    if (!phone)
        return null;
    const digits = phone.replace(/\s+/g, '');
    if (digits.length < 7)
        return '*'.repeat(digits.length);
    return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
function maskIdNumber(id) {
    if (!id)
        return null;
    if (id.length <= 8)
        return '*'.repeat(id.length);
    return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
function maskName(name) {
    if (!name)
        return null;
    const chars = Array.from(name);
    if (chars.length === 1)
        return '*';
    return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}
const PHONE_RE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_RE = /(?<![\dXx])(\d{4})\d{10}(\d{3}[\dXx])(?![\dXx])/g;
/** Redacts mainland mobile and ID numbers inside free text (log lines, notes). */
function redactText(text) {
    return text.replace(ID_RE, '$1**********$2').replace(PHONE_RE, '$1****$2');
}
/** Mainland mobile number check used by validation on both client and server. */
exports.PHONE_PATTERN = /^1[3-9]\d{9}$/;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJpdmFjeS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbInByaXZhY3kudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQ0EsOEJBS0M7QUFFRCxvQ0FJQztBQUVELDRCQUtDO0FBTUQsZ0NBRUM7QUEzQkQsbUZBQW1GO0FBQ25GLFNBQWdCLFNBQVMsQ0FBQyxLQUFnQztJQUN4RCxJQUFJLENBQUMsS0FBSztRQUFFLE9BQU8sSUFBSSxDQUFDO0lBQ3hCLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3pDLElBQUksTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDO1FBQUUsT0FBTyxHQUFHLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUN4RCxPQUFPLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDeEQsQ0FBQztBQUVELFNBQWdCLFlBQVksQ0FBQyxFQUE2QjtJQUN4RCxJQUFJLENBQUMsRUFBRTtRQUFFLE9BQU8sSUFBSSxDQUFDO0lBQ3JCLElBQUksRUFBRSxDQUFDLE1BQU0sSUFBSSxDQUFDO1FBQUUsT0FBTyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUNqRCxPQUFPLEdBQUcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0FBQ3hFLENBQUM7QUFFRCxTQUFnQixRQUFRLENBQUMsSUFBK0I7SUFDdEQsSUFBSSxDQUFDLElBQUk7UUFBRSxPQUFPLElBQUksQ0FBQztJQUN2QixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQy9CLElBQUksS0FBSyxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsT0FBTyxHQUFHLENBQUM7SUFDbkMsT0FBTyxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUN0RCxDQUFDO0FBRUQsTUFBTSxRQUFRLEdBQUcsc0NBQXNDLENBQUM7QUFDeEQsTUFBTSxLQUFLLEdBQUcsa0RBQWtELENBQUM7QUFFakUsa0ZBQWtGO0FBQ2xGLFNBQWdCLFVBQVUsQ0FBQyxJQUFZO0lBQ3JDLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQyxPQUFPLENBQUMsUUFBUSxFQUFFLFVBQVUsQ0FBQyxDQUFDO0FBQzdFLENBQUM7QUFFRCxpRkFBaUY7QUFDcEUsUUFBQSxhQUFhLEdBQUcsZUFBZSxDQUFDIn0=