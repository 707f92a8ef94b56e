import { PageContainer, ProCard } from '@ant-design/pro-components';
import { checkQuestions, SURVEY_LIMITS, type SurveyQuestionInput } from '@linli/config';
import { history, useParams } from '@umijs/max';
import { Alert, Button, DatePicker, Form, Input, message, Result, Space, Spin, Switch, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { errorText } from '@/services/events';
import { fetchRegionTree, type RegionTreeNode } from '@/services/regions';
import { createSurvey, fetchSurvey, type StaffSurvey, type SurveyBody, surveyAction, updateSurvey } from '@/services/surveys';
import QuestionList, { newQuestion, type QuestionFormValue } from './QuestionList';

interface BuilderValues {
  title: string;
  description?: string;
  regionIds: number[];
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  anonymous: boolean;
  resultsPublic: boolean;
  questions: QuestionFormValue[];
}

type TreeOption = { title: string; value: number; children?: TreeOption[] };
const toTree = (n: RegionTreeNode): TreeOption => ({ title: n.name, value: n.id, children: n.children?.map(toTree) });

/** The form's questions as the API takes them: only the keys each type allows. */
function questionInputs(qs: QuestionFormValue[] = []): SurveyQuestionInput[] {
  return qs.map((q) => ({
    type: q.type,
    title: q.title ?? '',
    required: !!q.required,
    ...(q.type === 'single' || q.type === 'multiple' ? { options: q.options ?? [] } : {}),
    ...(q.type === 'number' ? { min: q.min ?? null, max: q.max ?? null } : {}),
  }));
}

function toForm(s: StaffSurvey): BuilderValues {
  return {
    title: s.title,
    description: s.description,
    regionIds: s.targets.map((t) => t.id),
    startsAt: s.startsAt ? dayjs(s.startsAt) : null,
    endsAt: s.endsAt ? dayjs(s.endsAt) : null,
    anonymous: s.anonymous,
    resultsPublic: s.resultsPublic,
    questions: (s.questions ?? []).map((q) => ({ type: q.type, title: q.title, required: q.required, options: q.options?.map((o) => o.label), min: q.min, max: q.max })),
  };
}

/** "questions.2.options.1" → ['questions', 2, 'options', 1]: the form field the server or the check named. */
const fieldPath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** 新建 / 编辑问卷: basic settings, target regions, time window, and the questions. Drafts only. */
export default function SurveyBuilder() {
  const params = useParams();
  const id = params.id ? Number(params.id) : undefined;
  const [form] = Form.useForm<BuilderValues>();
  const [tree, setTree] = useState<TreeOption[]>([]);
  const [loading, setLoading] = useState(!!id);
  const [loadError, setLoadError] = useState<string>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    fetchRegionTree().then((root) => setTree([toTree(root)]), () => undefined);
    if (!id) return;
    fetchSurvey(id)
      .then((s) => (s.status === 'draft' ? form.setFieldsValue(toForm(s)) : setLoadError('问卷已发布，不能再修改；可在列表中复制后编辑')))
      .catch((e) => setLoadError(errorText(e)))
      .finally(() => setLoading(false));
  }, [id]);

  /** Shows a broken rule at the top and on its field when the form has one. */
  const showProblem = (field: string | undefined, text: string) => {
    setError(text);
    if (field) {
      type Name = Parameters<typeof form.setFields>[0][number]['name'];
      const name = fieldPath(field.startsWith('regionIds') ? 'regionIds' : field) as Name;
      form.setFields([{ name, errors: [text] }]);
      form.scrollToField(name, { block: 'center' });
    }
  };

  const save = async (publish: boolean) => {
    setError(undefined);
    const v = form.getFieldsValue(true) as BuilderValues;
    const questions = questionInputs(v.questions);
    const check = checkQuestions(questions);
    if (!check.ok) return showProblem(check.problem.field, check.problem.message);
    const body: SurveyBody = {
      title: v.title?.trim() ?? '',
      description: v.description ?? '',
      questions,
      regionIds: v.regionIds ?? [],
      startsAt: v.startsAt ? v.startsAt.toISOString() : null,
      endsAt: v.endsAt ? v.endsAt.toISOString() : null,
      anonymous: !!v.anonymous,
      resultsPublic: !!v.resultsPublic,
    };
    setSaving(true);
    const problem = (e: any) => (e?.info ?? e?.response?.data)?.errorField as string | undefined;
    try {
      const saved = id ? await updateSurvey(id, body) : await createSurvey(body);
      try {
        if (publish) await surveyAction(saved.id, 'publish');
      } catch (e) {
        // saved as a draft but not published: keep editing that draft, not a new one
        message.error(`草稿已保存，但未能发布：${errorText(e)}`);
        if (!id) history.replace(`/surveys/${saved.id}/edit`);
        else showProblem(problem(e), errorText(e));
        return;
      }
      message.success(publish ? '问卷已发布' : '草稿已保存');
      history.push(publish ? `/surveys/${saved.id}/results` : '/surveys');
    } catch (e) {
      showProblem(problem(e), errorText(e));
    } finally {
      setSaving(false);
    }
  };

  if (loadError) return <Result status="warning" title={loadError} extra={<Button onClick={() => history.push('/surveys')}>返回列表</Button>} />;

  return (
    <PageContainer title={id ? '编辑问卷' : '新建问卷'} onBack={() => history.push('/surveys')}>
      <Spin spinning={loading}>
        <Form<BuilderValues>
          form={form}
          name="survey"
          layout="vertical"
          initialValues={{ anonymous: false, resultsPublic: false, regionIds: [], questions: [newQuestion('single')] }}
          onValuesChange={() => error && setError(undefined)}
        >
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="survey-error" />}
          <ProCard title="基本设置" bordered headerBordered style={{ marginBottom: 16 }}>
            <Form.Item name="title" label="问卷标题" required>
              <Input placeholder="例如：小区环境满意度调查" maxLength={SURVEY_LIMITS.title} showCount />
            </Form.Item>
            <Form.Item name="description" label="说明">
              <Input.TextArea rows={2} placeholder="向居民说明调查目的（选填）" maxLength={SURVEY_LIMITS.description} />
            </Form.Item>
            <Form.Item name="regionIds" label="目标区域" required extra="只有所选区域内社区的居民能看到并填写">
              <TreeSelect
                data-testid="survey-regions"
                treeData={tree}
                treeCheckable
                showCheckedStrategy={TreeSelect.SHOW_PARENT}
                treeDefaultExpandAll
                placeholder="选择社区、街道或更大的区域"
                style={{ maxWidth: 560 }}
              />
            </Form.Item>
            <Space size="large" wrap>
              <Form.Item name="startsAt" label="开始时间" extra="不填则发布即开始">
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="发布即开始" />
              </Form.Item>
              <Form.Item name="endsAt" label="结束时间" extra="不填则手动结束">
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="手动结束" />
              </Form.Item>
              <Form.Item name="anonymous" label="匿名填写" valuePropName="checked" extra="匿名问卷不记录填写人和提交时间">
                <Switch data-testid="survey-anonymous" />
              </Form.Item>
              <Form.Item name="resultsPublic" label="向居民公开结果" valuePropName="checked" extra="公开统计数字，不公开文字答案">
                <Switch data-testid="survey-public" />
              </Form.Item>
            </Space>
          </ProCard>
          <ProCard title="题目" bordered headerBordered>
            <QuestionList />
          </ProCard>
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => history.push('/surveys')}>取消</Button>
            <Button loading={saving} onClick={() => save(false)} data-testid="save-draft">保存草稿</Button>
            <Button type="primary" loading={saving} onClick={() => save(true)} data-testid="save-publish">保存并发布</Button>
          </Space>
        </Form>
      </Spin>
    </PageContainer>
  );
}
