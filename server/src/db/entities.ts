import { Region } from '../modules/region/region.entity';
import { GridStaff } from '../modules/region/grid-staff.entity';
import { Department } from '../modules/catalog/department.entity';
import { Category } from '../modules/catalog/category.entity';
import { Account } from '../modules/account/account.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Media } from '../modules/media/media.entity';
import { Event } from '../modules/event/event.entity';
import { EventAction } from '../modules/event/event-action.entity';
import { RoutingRule } from '../modules/event/routing-rule.entity';
import { IdempotencyRecord } from '../modules/event/idempotency-record.entity';
import { EventFollower } from '../modules/event/event-follower.entity';
import { CannedReply } from '../modules/event/canned-reply.entity';
import { Outbox } from '../modules/notify/outbox.entity';
import { Message } from '../modules/notify/message.entity';
import { SubscribeQuota } from '../modules/notify/subscribe-quota.entity';
import { Survey, SurveyTarget } from '../modules/survey/survey.entity';
import { SurveyAnswer, SurveyParticipation, SurveyResponse } from '../modules/survey/survey-response.entity';

export function entities(): Function[] {
  return [Region, GridStaff, Department, Category, Account, AuditLog, Media, Event, EventAction, RoutingRule, IdempotencyRecord, EventFollower, CannedReply, Outbox, Message, SubscribeQuota, Survey, SurveyTarget, SurveyParticipation, SurveyResponse, SurveyAnswer];
}
