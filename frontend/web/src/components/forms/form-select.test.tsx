import { render, screen } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { FormSelect } from './form-select';

function Subject({ required }: { required: boolean }) {
  return (
    <Form>
      <Form.Item name="point" label="知识点" rules={[{ required, message: '请选择' }]}>
        <FormSelect options={[{ value: '1', label: '对刀' }]} data-testid="point-select" />
      </Form.Item>
    </Form>
  );
}

describe('FormSelect', () => {
  it('keeps aria-required on the combobox only, not on the wrapper div (axe aria-allowed-attr)', () => {
    render(<Subject required />);
    expect(screen.getByTestId('point-select')).not.toHaveAttribute('aria-required');
    expect(screen.getByRole('combobox', { name: '知识点' })).toHaveAttribute('aria-required', 'true');
  });

  it('says nothing of required when the field is optional', () => {
    render(<Subject required={false} />);
    expect(screen.getByRole('combobox', { name: '知识点' })).not.toHaveAttribute('aria-required');
  });
});
