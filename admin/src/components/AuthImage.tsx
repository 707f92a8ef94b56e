import { Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { TOKEN_KEY } from '@/constants';

/** Photos are personal data served only with the bearer token: fetched as a blob and shown via an object URL. */
export default function AuthImage({ url, size = 104 }: { url: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let alive = true;
    const token = localStorage.getItem(TOKEN_KEY);
    fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        objectUrl = URL.createObjectURL(blob);
        if (alive) setSrc(objectUrl);
        else URL.revokeObjectURL(objectUrl);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (failed) return <div style={{ width: size, height: size, background: '#f5f5f5', lineHeight: `${size}px`, textAlign: 'center', color: '#999' }}>图片加载失败</div>;
  if (!src) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return <Image src={src} width={size} height={size} style={{ objectFit: 'cover' }} />;
}
