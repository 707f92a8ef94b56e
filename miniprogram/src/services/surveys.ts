import type { AnswerValue, QuestionResult, SurveyAnswers, SurveyQuestion, SurveyState } from '@linli/config'
import { request } from './request'

/** A survey as a resident sees it in the list (GET /api/surveys). */
export interface SurveyView {
  id: number
  title: string
  description: string
  state: SurveyState
  stateLabel: string
  anonymous: boolean
  resultsPublic: boolean
  startsAt: string | null
  endsAt: string | null
  questionCount: number
  answered: boolean
  resultsAvailable: boolean
}

export interface SurveyDetail extends SurveyView {
  questions: SurveyQuestion[]
  /** Named surveys only, once answered. */
  myAnswers: SurveyAnswers | null
}

export interface SurveyList { items: SurveyView[]; total: number; page: number; pageSize: number; community: { id: number; name: string } | null }

export const listSurveys = (state: 'open' | 'ended', page: number, pageSize = 20) =>
  request<SurveyList>(`/api/surveys?state=${state}&page=${page}&pageSize=${pageSize}`)
export const surveyDetail = (id: number) => request<SurveyDetail>(`/api/surveys/${id}`)
export const submitSurvey = (id: number, answers: Record<string, AnswerValue>) =>
  request<{ surveyId: number; answered: boolean }>(`/api/surveys/${id}/responses`, { method: 'POST', data: { answers }, silent: true })
export const surveyResults = (id: number) => request<{ responses: number; questions: QuestionResult[] }>(`/api/surveys/${id}/results`)
