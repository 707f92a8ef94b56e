import { people, T } from '../../event/helpers';
import type { SurveyStatus } from '@linli/config';
import { Region } from '../../../src/modules/region/region.entity';
import { Survey, SurveyTarget } from '../../../src/modules/survey/survey.entity';

type Scope = Record<string, { own: Region; other?: Region }>;

/**
 * Survey fixtures of the authorization matrix. Staff rows get a fresh draft per actor, owned by the actor's
 * own unit, and one owned by a unit outside its scope (rows publish, copy and delete them). Mini-program rows
 * get surveys addressed to community 1 (the actors' community: that of their latest located report) and to
 * community 16.
 */
export async function surveyFixtures(t: T, f: { scope: Scope; c1: Region; c16: Region; worker: string; workerAt: { lng: number; lat: number } }) {
  // the worker in worker mode is a person too: his latest located report makes community 1 his
  const r = await people(t).report(f.worker, { categoryCode: 'ENV_GARBAGE', description: '矩阵测试：网格员巡查发现垃圾', ...f.workerAt });
  if (r.status !== 201) throw new Error(`fixture patrol report: ${r.status} ${r.errorMessage}`);

  const make = async (owner: Region, target: Region, status: SurveyStatus) => {
    const s = await t.db.getRepository(Survey).save(t.db.getRepository(Survey).create({
      title: '矩阵测试问卷', status, resultsPublic: true, questions: [{ id: 'q1', type: 'text', title: '矩阵测试意见', required: true }],
      ownerRegionId: owner.id, regionPath: owner.path, createdBy: 0,
    }));
    await t.db.getRepository(SurveyTarget).insert({ surveyId: s.id, regionId: target.id, regionPath: target.path });
    return s.id;
  };
  const pair = (status: SurveyStatus) => async () => ({ own: await make(f.c1, f.c1, status), other: await make(f.c16, f.c16, status) });

  return {
    body: { title: '矩阵测试问卷', questions: [{ type: 'text', title: '矩阵测试意见' }], regionIds: [f.c1.id] },
    objects: {
      survey: async (a: string) => ({
        own: await make(f.scope[a].own, f.c1, 'draft'),
        other: f.scope[a].other && (await make(f.scope[a].other!, f.c16, 'draft')),
      }),
      openSurvey: pair('published'),
      endedSurvey: pair('closed'),
    },
  };
}
