import { Form, type FormInstance } from 'antd';
import type { FormOptions } from '../api/form-options';
import type { AttributeValues } from '../lib/resource-input';

/** The major, course and module objects the form currently points at. */
export function useCascade(form: FormInstance<AttributeValues>, options: FormOptions | undefined) {
  const majorId = Form.useWatch('majorId', form);
  const courseId = Form.useWatch('courseId', form);
  const major = options?.majors.find((m) => m.id === majorId);
  const course = major?.courses.find((c) => c.id === courseId);
  return { major, course };
}
