import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { type CannedReply, fetchCannedReplies } from '@/services/events';

export type CommentKind = 'reply' | 'note' | 'supervise';

export const COMMENT_LABELS: Record<CommentKind, string> = { reply: '回复', note: '内部备注', supervise: '督办' };

const HINTS: Record<CommentKind, string> = {
  reply: '公开回复，上报人和关注者可见。',
  note: '内部备注，仅工作人员可见。',
  supervise: '督办意见将通知当前处置单位。',
};

interface Props {
  kind: CommentKind | null;
  onCancel: () => void;
  onSubmit: (kind: CommentKind, note: string) => Promise<string | undefined>;
}

/** 回复 (with canned replies), 内部备注 or 督办. */
export default function CommentModal({ kind, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm<{ note: string }>();
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.resetFields();
    setError(undefined);
    if (kind === 'reply' && !canned.length) fetchCannedReplies().then(setCanned).catch(() => undefined);
  }, [kind]);
  if (!kind) return null;

  const submit = async () => {
    let note: string;
    try {
      ({ note } = await form.validateFields());
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    const err = await onSubmit(kind, note);
    setBusy(false);
    setError(err);
  };

  return (
    <Modal open title={COMMENT_LABELS[kind]} okText="提交" confirmLoading={busy} onOk={submit} onCancel={onCancel} destroyOnClose data-testid="comment-modal">
      <Alert type={kind === 'note' ? 'warning' : 'info'} message={HINTS[kind]} style={{ marginBottom: 16 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        {kind === 'reply' && (
          <Form.Item label="常用回复">
            <Select
              data-testid="canned-replies"
              placeholder="选择常用回复填入"
              options={canned.map((c) => ({ label: c.text, value: c.text }))}
              onChange={(text: string) => form.setFieldsValue({ note: text })}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label="内容" rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
