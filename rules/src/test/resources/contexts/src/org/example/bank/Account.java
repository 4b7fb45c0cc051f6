package org.example.bank;

import java.math.BigDecimal;

/** A customer of the bank. */
class Customer {
    // expected: user.name
    private String name;
}

/** A bank account: its name says nothing of a person, but it belongs to one, so its balance is theirs. */
public class Account {
    // expected: a link
    private Customer owner;
    // expected: user.financial
    private BigDecimal balance;
}

/** A student and the courses they enrol in: a grade of an enrolment is the student's. */
class Student {
    // expected: user.name.first
    private String firstName;
}

class Enrollment {
    // expected: a link
    private Student student;
    // expected: user.professional_information.qualification
    private String grade;
}

/** A job posting with its recruiter: its title and location are the posting's, not the recruiter's. */
class JobPosting {
    // expected: a link
    private Customer recruiter;
    // expected: not personal
    private String title;
    // expected: not personal
    private String location;
}

/** An employee's pay slip and skills: records tied to the employee. */
class Employee {
    // expected: user.name.last
    private String lastName;
}

class Payslip {
    // expected: a link
    private Employee employee;
    // expected: user.financial
    private BigDecimal grossPay;
    // expected: user.financial
    private BigDecimal taxWithheld;
}

class EmployeeSkill {
    // expected: a link
    private Employee employee;
    // expected: user.professional_information.qualification
    private String skill;
}
