package org.employmentlinkage.register;

/**
 * The database refused or failed a register operation (a connection lost, a constraint the register
 * does not expect, a migration that cannot run, a stored document this release cannot read). The
 * message says what the register was doing; the cause is the driver's or Flyway's exception. The
 * transaction of the operation has been rolled back: nothing of it is stored.
 */
public final class RegisterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RegisterException(String message, Throwable cause) {
    super(message, cause);
  }

  RegisterException(String message) {
    super(message);
  }
}
