import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';
import { PATHS } from '../paths';
import { useSession } from '../session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { me, signIn } = useSession();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;
  if (me) return <Navigate to={from ?? PATHS.home} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.message : 'Không kết nối được máy chủ, vui lòng thử lại');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <Card style={{ width: 'min(420px, 94vw)' }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          ThiDua
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Kế hoạch, nhiệm vụ, báo cáo và thi đua – khen thưởng
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="Tên đăng nhập"
            name="username"
            rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
