import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType, SURVEY_LIMITS, type SurveyQuestionInput } from '@linli/config';
import { Button, Card, Form, Input, InputNumber, Select, Space, Switch, Tooltip, Typography } from 'antd';

/** A question as the builder form holds it: the API's input shape (options are labels in display order). */
export type QuestionFormValue = SurveyQuestionInput;

const typeOptions = QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }));
const isChoice = (t?: QuestionType) => t === 'single' || t === 'multiple';

export function newQuestion(type: QuestionType): QuestionFormValue {
  return { type, title: '', required: true, ...(isChoice(type) ? { options: ['', ''] } : {}) };
}

/** Up, down and remove buttons of a list item. */
function Mover({ index, count, move, remove, what }: {
  index: number; count: number; move: (from: number, to: number) => void; remove: () => void; what: string;
}) {
  return (
    <Space size={0}>
      <Tooltip title={`${what}上移`}>
        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`${what}上移`} />
      </Tooltip>
      <Tooltip title={`${what}下移`}>
        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => move(index, index + 1)} aria-label={`${what}下移`} />
      </Tooltip>
      <Tooltip title={`删除${what}`}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={remove} aria-label={`删除${what}`} />
      </Tooltip>
    </Space>
  );
}

function Options({ question }: { question: number }) {
  return (
    <Form.List name={[question, 'options']}>
      {(fields, { add, move, remove }) => (
        <div data-testid={`question-${question}-options`}>
          {fields.map((f, i) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Typography.Text type="secondary" style={{ width: 48, display: 'inline-block' }}>选项 {i + 1}</Typography.Text>
              <Form.Item name={f.name} style={{ marginBottom: 8, width: 420 }}>
                <Input placeholder="选项内容" maxLength={SURVEY_LIMITS.optionLabel} />
              </Form.Item>
              <Mover index={i} count={fields.length} move={move} remove={() => remove(f.name)} what="选项" />
            </Space>
          ))}
          {fields.length < SURVEY_LIMITS.options && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginLeft: 56 }}>
              添加选项
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** The questions of the builder: type, title, required flag, options in order, number range; reorderable. */
export default function QuestionList() {
  return (
    <Form.List name="questions">
      {(fields, { add, move, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              style={{ marginBottom: 12 }}
              data-testid={`question-${i}`}
              title={`第 ${i + 1} 题`}
              extra={<Mover index={i} count={fields.length} move={move} remove={() => remove(f.name)} what="题目" />}
            >
              <Space align="start" wrap>
                <Form.Item name={[f.name, 'type']} label="题型" style={{ marginBottom: 8 }}>
                  <Select options={typeOptions} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'required']} label="必答" valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Switch />
                </Form.Item>
              </Space>
              <Form.Item name={[f.name, 'title']} label="题目" style={{ marginBottom: 8 }}>
                <Input placeholder="请输入题目" maxLength={SURVEY_LIMITS.questionTitle} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.questions?.[i]?.type !== b.questions?.[i]?.type}>
                {({ getFieldValue }) => {
                  const type: QuestionType = getFieldValue(['questions', f.name, 'type']);
                  if (isChoice(type)) return <Options question={f.name} />;
                  if (type === 'number') {
                    return (
                      <Space>
                        <Form.Item name={[f.name, 'min']} label="最小值" style={{ marginBottom: 0 }}>
                          <InputNumber placeholder="不限" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'max']} label="最大值" style={{ marginBottom: 0 }}>
                          <InputNumber placeholder="不限" />
                        </Form.Item>
                      </Space>
                    );
                  }
                  const hint: Partial<Record<QuestionType, string>> = {
                    text: `居民填写文字，最多 ${SURVEY_LIMITS.text} 字，提交时经内容安全检查`,
                    rating: '居民打 1–5 分',
                    date: '居民选择一个日期',
                  };
                  return <Typography.Text type="secondary">{hint[type]}</Typography.Text>;
                }}
              </Form.Item>
            </Card>
          ))}
          <Space wrap data-testid="add-question">
            {QUESTION_TYPES.map((t) => (
              <Button key={t} icon={<PlusOutlined />} onClick={() => add(newQuestion(t))} data-testid={`add-${t}`}>
                {QUESTION_TYPE_LABELS[t].replace(/（.*）/, '')}
              </Button>
            ))}
          </Space>
        </>
      )}
    </Form.List>
  );
}
