import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Modal, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '@/components/user-avatar';
import type { Me } from '@/hooks/use-me';
import { AVATAR_MAX_BYTES, AVATAR_TYPES, useAvatarUpload } from '../api/upload-avatar';

/** Pick a picture, see it as it will look, then upload it (JPEG, PNG, WebP or GIF up to 2 MB). */
export function AvatarUploader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useAvatarUpload();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return undefined;
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (chosen: File) => {
    if (!AVATAR_TYPES.includes(chosen.type)) void message.error(t('account.avatar.wrongType'));
    else if (chosen.size > AVATAR_MAX_BYTES) void message.error(t('account.avatar.tooLarge'));
    else setFile(chosen);
    return false; // uploaded on confirm, not by antd
  };

  const close = () => {
    setFile(null);
    setPreview(null);
    upload.reset();
  };

  const confirm = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        void message.success(t('account.avatar.done'));
        close();
      },
      onError: (error) =>
        void message.error(error.message || t('errors.unknown')),
    });
  };

  return (
    <div className="zyk-avatar-uploader">
      <UserAvatar me={me} size={96} />
      <Upload accept={AVATAR_TYPES.join(',')} showUploadList={false} beforeUpload={choose} maxCount={1}>
        <Button icon={<CameraOutlined />} size="small" data-testid="avatar-choose">
          {t('account.avatar.change')}
        </Button>
      </Upload>
      <Modal
        open={Boolean(file)}
        title={t('account.avatar.previewTitle')}
        onCancel={close}
        onOk={confirm}
        okText={t('account.avatar.upload')}
        cancelText={t('common.cancel')}
        confirmLoading={upload.isPending}
        destroyOnHidden
        width={360}
      >
        <div className="zyk-avatar-preview">
          {preview ? <img src={preview} alt={t('account.avatar.previewAlt')} data-testid="avatar-preview" /> : null}
          <p className="zyk-muted">{t('account.avatar.previewHint')}</p>
        </div>
      </Modal>
    </div>
  );
}
