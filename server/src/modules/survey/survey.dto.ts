import { Rule, RuleType } from '@midwayjs/validate';
import { SURVEY_LIMITS, SURVEY_STATUSES, SurveyQuestionInput, SurveyStatus } from '@linli/config';
import { PageDTO } from '../region/region.dto';

/**
 * A survey as the console builds it. Questions are checked item by item by checkQuestions() of
 * @linli/config (the console runs the same check), so that every message names the question in Chinese.
 */
export class SurveyBodyDTO {
  @Rule(RuleType.string().trim().min(1).max(SURVEY_LIMITS.title).required())
  title: string;

  @Rule(RuleType.string().trim().max(SURVEY_LIMITS.description).allow('').default(''))
  description?: string;

  @Rule(RuleType.array().items(RuleType.any()).required())
  questions: SurveyQuestionInput[];

  /** Communities, streets or districts inside the builder's scope. */
  @Rule(RuleType.array().items(RuleType.number().integer().min(1)).min(1).max(100).unique().required())
  regionIds: number[];

  @Rule(RuleType.date().iso().allow(null).default(null))
  startsAt?: Date | null;

  @Rule(RuleType.date().iso().allow(null).default(null))
  endsAt?: Date | null;

  @Rule(RuleType.boolean().default(false))
  anonymous?: boolean;

  @Rule(RuleType.boolean().default(false))
  resultsPublic?: boolean;
}

export class SurveyQueryDTO extends PageDTO {
  @Rule(RuleType.string().valid(...SURVEY_STATUSES).optional())
  status?: SurveyStatus;

  @Rule(RuleType.string().trim().max(50).allow('').optional())
  keyword?: string;
}

export class ResidentSurveyQueryDTO extends PageDTO {
  /** open: can be answered now; ended: past its window or closed. */
  @Rule(RuleType.string().valid('open', 'ended').default('open'))
  state?: 'open' | 'ended';
}

export class AnswerDTO {
  /** { q1: 'o2', q2: ['o1','o3'], q3: '文字', q4: 5, q5: 3, q6: '2026-05-01' }: checked by checkAnswers(). */
  @Rule(RuleType.object().unknown(true).required())
  answers: Record<string, unknown>;
}

export class TextAnswersQueryDTO extends PageDTO {
  @Rule(RuleType.string().pattern(/^q\d{1,3}$/).required())
  questionId: string;
}
