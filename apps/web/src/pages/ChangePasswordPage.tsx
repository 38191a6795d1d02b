import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { clearChangedErrors, showProblem } from '../api/problems';
import { useSession } from '../session';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** A first or reset password is the admin's: its person sets their own before anything else. */
export function ChangePasswordPage() {
  const { me, signOut } = useSession();
  const [form] = Form.useForm<Values>();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const change = useMutation({
    mutationFn: async ({ currentPassword, newPassword }: Values) =>
      api.POST('/auth/password', { body: { currentPassword, newPassword } }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['me'] }),
    onError: (error) => setProblem(showProblem(form, error)),
  });
  return (
    <main className="login">
      <Card style={{ width: 'min(460px, 94vw)' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Đổi mật khẩu
        </Typography.Title>
        <Typography.Paragraph>
          Xin chào {me?.displayName}. Mật khẩu hiện tại do quản trị cấp: hãy đặt mật khẩu của riêng bạn (ít
          nhất 8 ký tự) trước khi bắt đầu làm việc.
        </Typography.Paragraph>
        {problem && (
          <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 16 }} />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFieldsChange={clearChangedErrors(form)}
          onFinish={(values) => change.mutate(values)}
        >
          <Form.Item
            label="Mật khẩu được cấp"
            name="currentPassword"
            rules={[{ required: true, message: 'Nhập mật khẩu được cấp' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="Mật khẩu mới"
            name="newPassword"
            rules={[{ required: true, message: 'Nhập mật khẩu mới' }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="Nhập lại mật khẩu mới"
            name="repeat"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: 'Nhập lại mật khẩu mới' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Hai lần nhập không khớp')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={change.isPending}>
            Đổi mật khẩu
          </Button>
          <Button type="link" block onClick={signOut} style={{ marginTop: 8 }}>
            Đăng xuất
          </Button>
        </Form>
      </Card>
    </main>
  );
}
