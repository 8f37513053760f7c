import { Avatar } from 'antd';
import type { Me } from '@/hooks/use-me';

/** The person's picture, or the first character of their name on the library's blue. */
export function UserAvatar({ me, size = 32 }: { me: Pick<Me, 'avatarUrl' | 'displayName'>; size?: number }) {
  const initial = [...(me.displayName || '?')][0]?.toUpperCase();
  return (
    <Avatar size={size} src={me.avatarUrl || undefined} alt="" className="zyk-avatar" style={{ flex: 'none' }}>
      {initial}
    </Avatar>
  );
}
