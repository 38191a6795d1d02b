import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { PATHS } from '../paths';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ này không có trong ThiDua."
      extra={
        <Link to={PATHS.plans}>
          <Button type="primary">Về danh sách kế hoạch</Button>
        </Link>
      }
    />
  );
}
